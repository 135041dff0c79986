# Shortcuts for developers; the README's commands work without make.
.PHONY: setup test crawl demo browse bench bench-extraction

setup:
	python3 -m venv .venv && .venv/bin/pip install -e '.[test,bench]'

test:
	bash scripts/test.sh

crawl:
	.venv/bin/scrapy crawl portal

demo:
	.venv/bin/python scripts/demo.py

browse:
	.venv/bin/python -m crawler.browse archive.db

bench:
	.venv/bin/python -m bench.crawl

bench-extraction:
	.venv/bin/python -m bench.extraction
