"""Mass-casualty mode: START / JumpSTART tagging (``algorithms``), pure and Qt-free."""
