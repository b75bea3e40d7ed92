--TEST--
the handler is called for @-silenced errors too, with error_reporting() at 4437
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handler: $str, error_reporting() = ", error_reporting(), "\n";
    echo $inside_handler;
    return true;
});
echo @$undefined;
echo "after: ", error_reporting(), "\n";
--EXPECT--
handler: Undefined variable $undefined, error_reporting() = 4437
after: 32767
