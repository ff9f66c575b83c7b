# error: 2:6: invalid non-printable character U+00A0
x = 1 + 2
