# error: 2:26: trailing comma not allowed without surrounding parentheses
from os import path, sep,
