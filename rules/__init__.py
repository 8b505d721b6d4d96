"""The default rules and rate card, installed with rfpcheck as package data."""
