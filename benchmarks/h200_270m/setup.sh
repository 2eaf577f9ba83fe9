# Sourced by the other scripts on the lent H200: the carried wheels (transformers 5.24 etc.; the device's
# own 5.17 converted the GGUF into a broken model once), the source, the app folders under /tmp/lh.
export PY=/opt/torch/.venv/bin/python3
export PYTHONPATH=/tmp/site:/tmp/w/src PYTHONUNBUFFERED=1 LUMICHATS_HOME=/tmp/lh TOKENIZERS_PARALLELISM=false
cd /tmp/w/src || exit 1
