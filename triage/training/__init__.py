"""Training and validation: data loaders and metrics (``evaluate``), ``train_text``, ``train_image``.

Run as commands (``python main.py train …`` / ``evaluate …``), never by the app at run time.
"""
