try:
    print('try')
finally:
    print('finally')
print({}['missing'])
