raise RuntimeError('custom failure 42')
