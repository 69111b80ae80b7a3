"""``python -m clipper`` runs the command line."""

from clipper.cli.main import main

main()
