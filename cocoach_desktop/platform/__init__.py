"""Shared pieces every feature may use: the clock, paths, resources, files, time words."""
