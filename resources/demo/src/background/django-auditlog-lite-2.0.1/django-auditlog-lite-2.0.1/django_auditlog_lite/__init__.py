__version__ = "2.0.1"

default_app_config = "django_auditlog_lite.apps.DjangoAuditlogLiteConfig"
