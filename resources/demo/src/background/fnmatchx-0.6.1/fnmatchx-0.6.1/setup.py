from setuptools import find_packages, setup

exec(open("fnmatchx/_version.py").read())

with open("README.md") as f:
    long_description = f.read()

setup(
    name="fnmatchx",
    version=__version__,  # noqa: F821 - defined by the exec above
    description="fnmatch with ** and brace expansion",
    long_description=long_description,
    long_description_content_type="text/markdown",
    author="Lotte Berg",
    author_email="lotte@example.com",
    url="https://example.com/fnmatchx",
    license="MIT",
    packages=find_packages(exclude=["tests"]),
    python_requires=">=3.7",
    classifiers=[
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
    ],
)
