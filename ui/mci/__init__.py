"""Mass-casualty mode at the desk: the incident banner and the keyboard-first tag form."""
