"""The writing coach: a composer with templates for the method's moments and live checks."""
