--TEST--
send() resumes with a value for the yield expression
--FILE--
<?php
function logger() {
    echo "logger started\n";
    while (true) {
        $msg = yield;
        if ($msg === null) break;
        echo "log: $msg\n";
    }
    return "closed";
}
$l = logger();
$l->send("first");
$l->send("second");
$l->send(null);
var_dump($l->valid());
echo $l->getReturn(), "\n";
--EXPECT--
logger started
log: first
log: second
bool(false)
closed
