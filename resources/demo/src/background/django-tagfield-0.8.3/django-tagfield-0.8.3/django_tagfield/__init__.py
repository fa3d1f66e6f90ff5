__version__ = "0.8.3"

default_app_config = "django_tagfield.apps.DjangoTagfieldConfig"
