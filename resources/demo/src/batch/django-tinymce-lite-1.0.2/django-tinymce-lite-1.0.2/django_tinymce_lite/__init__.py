__version__ = "1.0.2"

default_app_config = "django_tinymce_lite.apps.DjangoTinymceLiteConfig"
