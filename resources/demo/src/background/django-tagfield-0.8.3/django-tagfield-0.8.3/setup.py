import os

from setuptools import find_packages, setup

with open(os.path.join(os.path.dirname(__file__), "README.rst")) as readme:
    README = readme.read()

# allow setup.py to be run from any path
os.chdir(os.path.normpath(os.path.join(os.path.abspath(__file__), os.pardir)))

setup(
    name="django-tagfield",
    version="0.8.3",
    packages=find_packages(exclude=["example_project"]),
    include_package_data=True,
    license="BSD License",
    description="A simple tag field for Django models",
    long_description=README,
    url="https://example.com/django-tagfield/",
    author="Yuri Blom",
    author_email="yuri@example.com",
    install_requires=["Django>=3.2"],
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
