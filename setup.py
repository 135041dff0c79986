# For scrapyd-deploy (docs/operations.md), which builds the project's egg with `setup.py`: the
# metadata, packages and the `scrapy` settings entry point all come from pyproject.toml.
from setuptools import setup

setup()
