# VistA: GT.M from Debian, for VistaGtmLoadTest (mupip load + M code reading ^DPT back).
apt-get update
apt-get install -y fis-gtm
