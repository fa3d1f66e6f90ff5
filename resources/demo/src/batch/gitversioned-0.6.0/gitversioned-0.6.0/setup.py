from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as fh:
    long_description = fh.read()

setup(
    name="gitversioned",
    use_scm_version={"write_to": "gitversioned/_version.py", "local_scheme": "no-local-version"},
    setup_requires=["setuptools_scm>=6.2"],
    description="Expose the git version of a project at run time",
    long_description=long_description,
    long_description_content_type="text/markdown",
    author="Rosa Meyer",
    author_email="rosa@example.com",
    url="https://example.com/gitversioned",
    packages=find_packages(exclude=["tests*"]),
    python_requires=">=3.7",
    license="MIT",
)
