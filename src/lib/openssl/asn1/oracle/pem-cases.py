# PEM texts for pem-harness.c, separated by "%%" lines: python3 pem-cases.py | ./pem-harness
B = '-----BEGIN SSL SESSION PARAMETERS-----'
E = '-----END SSL SESSION PARAMETERS-----'
body = 'MA8CAQECAgMEBAITAQQABAA='
cases = [
    f'{B}\n{body}\n{E}\n', f'{B}  \n{body}\n{E}\n', f'  {B}\n{body}\n{E}\n',
    f'{B}\nMA8CAQEC AgMEBAITAQQABAA=\n{E}\n', f'{B}\nMA8CAQECAgMEBAIT\nAQQABAA=\n{E}\n',
    f'{B}\nMA8CAQECAgMEBAITAQQABAA\n{E}\n', f'{B}\nMA8CAQECAgMEBAITAQQABAA==\n{E}\n',
    f'{B}\nMA8C=AQECAgMEBAITAQQABAA=\n{E}\n', f'{B}\n\n{body}\n{E}\n', f'{B}\n{body}\n\n{E}\n',
    f'{B}\n{body}\n-----END SSL SESSION PARAMETERS-----junk\n', f'{B}\n{body}\n-----END CERTIFICATE-----\n',
    f'{B}\nProc-Type: 4,ENCRYPTED\n\n{body}\n{E}\n', f'{B}\n{E}\n',
    f'-----BEGIN SSL SESSION PARAMETERS-----x\n{body}\n{E}\n', f'-----BEGIN X-----\n{body}\n-----END X-----\n',
    f'{B}\n{body}\n{E}\n{B}\n{body}\n{E}\n', f'{B}\r\n{body}\r\n{E}\r\n', f'{B}\n\t{body}\n{E}\n',
    f'{B}\n{body}\n{E}', f'{B}\nMA8CAQECAgMEBAITAQQABAA=junk\n{E}\n', f'{B}\nMA8CAQECAgMEBAITAQQABAA=\nMA==\n{E}\n',
    f'x{B}\n{body}\n{E}\n', f'-----BEGIN SSL SESSION PARAMETERS----\n{body}\n{E}\n',
]
print('%%\n'.join(cases), end='')
