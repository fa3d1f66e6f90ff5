from setuptools import setup, find_packages

setup(
    name='colorlog-simple',
    version='0.8.1',
    packages=find_packages(),
    install_requires=['colorama'],
    author='Elif Kaya',
    author_email='elif@example.com',
    description='Coloured log formatter',
    license='MIT',
    keywords='logging color',
    url='https://example.com/colorlog-simple',
)
