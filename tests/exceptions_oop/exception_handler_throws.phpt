--TEST--
an exception thrown by the exception handler is fatal
--FILE--
<?php
set_exception_handler(function ($e) {
    echo "handler: ", $e->getMessage(), "\n";
    throw new RuntimeException("from handler");
});
throw new Exception("original");
--EXPECTF--
handler: original

Fatal error: Uncaught RuntimeException: from handler in %s:4
Stack trace:
#0 [internal function]: {closure}(Object(Exception))
#1 {main}
  thrown in %s on line 4
