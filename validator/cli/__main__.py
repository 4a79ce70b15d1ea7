"""`python -m validator.cli`: the `newsevent` command."""

from . import main

main()
