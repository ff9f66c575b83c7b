# sorted/sort with key and reverse; stability.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25), ("ed", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people, key=lambda p: (p[1], p[0])))
by_name_len = sorted(people, key=lambda p: len(p[0]))
print(by_name_len)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)))
lst = nums[:]
lst.sort(key=lambda n: n * n, reverse=True)
print(lst, nums)
recs = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}]
recs.sort(key=lambda r: r["v"])
print([r["n"] for r in recs])
print(sorted("hello world"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([2.5, 1, True, -0.5]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
data = [3, 1, 2]
r = sorted(data)
print(data, r, data.sort(), data)
print(sorted([[2, 1], [1, 2], [1], []]))
print(sorted(["b10", "b9", "a100"], key=lambda s: (s[0], int(s[1:]))))
