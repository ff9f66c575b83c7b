# error: 1:1: unknown encoding: no-such-codec
# -*- coding: no-such-codec -*-
# (the error header above is a coding declaration too)
x = 1
