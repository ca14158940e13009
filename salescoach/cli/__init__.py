"""The `salescoach` command: the window by default, and a few scripting commands.

`main.main` is the entry point, `parser` the arguments, `run` what every command needs;
one module per group of commands. Every command takes `--data-dir`. A problem is one line
on stderr and exit status 2, in the user's language, never a traceback.
"""
