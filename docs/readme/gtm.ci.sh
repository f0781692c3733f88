# gtm branch: nothing to add. The live GT.M source and its tests use fis-gtm, which .ci/run already installs:
# apt-get -o DPkg::Lock::Timeout=300 install -y -qq fis-gtm
