"""The weekly review: the week in numbers, what is due, one focus, the energy check-in."""
