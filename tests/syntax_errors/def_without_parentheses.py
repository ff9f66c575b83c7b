# error: 2:9: expected '('
def main:
    pass
