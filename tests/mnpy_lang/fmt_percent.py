# printf-style % formatting.
print("%d items" % 5)
print("%s and %s" % ("this", "that"))
print("%5d|%-5d|%05d|%+d|%d" % (42, 42, 42, 42, -42))
print("%.2f|%8.3f|%-8.1f|%08.2f|%.0f" % (3.14159, 2.71828, 1.5, -3.5, 2.5))
print("%e|%.2e|%e" % (12345.678, 0.000123, 1.0))
print("%x|%X|%x" % (255, 255, 4096))
print("%r|%s|%r" % ("quoted", "plain", 3.0))
print("%s" % None, "%s" % True, "%s" % [1, 2], "%s" % ((1, 2),))
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
print("100%% sure, %d%%" % 50)
name = "Ada"
age = 36
msg = "Name: %s, Age: %d, Ratio: %.3f" % (name, age, age / 7)
print(msg)
for i in range(1, 4):
    print("%2d: %6.2f %s" % (i, i ** 0.5, "*" * i))
print("{} + {} = {}".format(2, 3, 5))
print("{}|{}".format("a", 1.5), "[{}]".format(None))
print("%s" % "single", "%d" % 3.9, "%.1f" % 2)
