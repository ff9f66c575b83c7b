# error: 2:14: invalid character '€' (U+20AC)
café = price € 2
