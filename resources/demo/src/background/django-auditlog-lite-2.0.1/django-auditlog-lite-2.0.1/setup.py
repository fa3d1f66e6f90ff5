import os

from setuptools import find_packages, setup

with open(os.path.join(os.path.dirname(__file__), "README.rst")) as readme:
    README = readme.read()

# allow setup.py to be run from any path
os.chdir(os.path.normpath(os.path.join(os.path.abspath(__file__), os.pardir)))

setup(
    name="django-auditlog-lite",
    version="2.0.1",
    packages=find_packages(exclude=["example_project"]),
    include_package_data=True,
    license="BSD License",
    description="Record model changes",
    long_description=README,
    url="https://example.com/django-auditlog-lite/",
    author="Zoe Fink",
    author_email="zoe@example.com",
    install_requires=["Django>=4.0"],
    classifiers=[
        "Environment :: Web Environment",
        "Framework :: Django",
        "Intended Audience :: Developers",
        "License :: OSI Approved :: BSD License",
        "Operating System :: OS Independent",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3",
        "Topic :: Internet :: WWW/HTTP",
        "Topic :: Internet :: WWW/HTTP :: Dynamic Content",
    ],
)
