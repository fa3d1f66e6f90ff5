__version__ = "1.2.0"

default_app_config = "django_demo_sitemaps.apps.DjangoDemoSitemapsConfig"
