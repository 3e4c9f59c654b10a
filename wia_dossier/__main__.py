"""`python -m wia_dossier` runs the command line."""

from wia_dossier.cli import main

main()
