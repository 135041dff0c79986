"""Browsing the archive in Datasette: configuration, plugin hooks, templates and static files.

The Datasette plugin is `crawler.datasette.plugin` (entry point `commune_archive`, installed with the
project), so `datasette archive.db` already opens any archive with the project's configuration;
`python -m crawler.browse archive.db` adds reader-friendly settings. See docs/browsing.md.
"""
