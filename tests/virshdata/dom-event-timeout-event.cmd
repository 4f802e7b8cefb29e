event --event lifecycle --timeout 1 --domain test
