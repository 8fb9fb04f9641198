"""The clinician's case screen: the view, its writes, the edit dialog and the flowsheet."""
