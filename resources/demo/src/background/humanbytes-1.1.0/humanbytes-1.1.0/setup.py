from setuptools import setup, find_packages

setup(
    name='humanbytes',
    version='1.1.0',
    packages=find_packages(),
    install_requires=[],
    author='Farah Idris',
    author_email='farah@example.com',
    description='Human readable byte sizes',
    license='MIT',
    keywords='bytes format',
    url='https://example.com/humanbytes',
)
