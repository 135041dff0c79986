"""One module per CMS family; each builds a page from an article of the content model.

build_page(art) -> (html, expected values, body fragment for the self-check)
"""

from families import aspnet, drupal_core, drupal_vinor, liferay, nukeviet, unknown, websphere, wordpress

BUILDERS = {
    "drupal_vinor": drupal_vinor.build_page,
    "drupal_core": drupal_core.build_page,
    "wordpress": wordpress.build_page,
    "nukeviet": nukeviet.build_page,
    "liferay": liferay.build_page,
    "websphere": websphere.build_page,
    "aspnet": aspnet.build_page,
    "unknown": unknown.build_page,
}
