import os

from setuptools import find_packages, setup

with open(os.path.join(os.path.dirname(__file__), "README.rst")) as readme:
    README = readme.read()

# allow setup.py to be run from any path
os.chdir(os.path.normpath(os.path.join(os.path.abspath(__file__), os.pardir)))

setup(
    name="django-demo-badges",
    version="0.3.0",
    packages=find_packages(exclude=["example_project"]),
    include_package_data=True,
    license="BSD License",
    description="Award badges to users",
    long_description=README,
    url="https://example.com/django-demo-badges/",
    author="Nils Ahl",
    author_email="nils@example.com",
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
