from setuptools import setup, find_packages

setup(
    name='slugkit',
    version='0.3.4',
    packages=find_packages(),
    install_requires=['unidecode>=1.1'],
    author='Emil Brandt',
    author_email='emil@example.com',
    description='Unicode-aware URL slugs',
    license='MIT',
    keywords='slug url',
    url='https://example.com/slugkit',
)
