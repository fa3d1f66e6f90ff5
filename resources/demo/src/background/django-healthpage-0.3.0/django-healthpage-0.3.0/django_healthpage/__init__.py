__version__ = "0.3.0"

default_app_config = "django_healthpage.apps.DjangoHealthpageConfig"
