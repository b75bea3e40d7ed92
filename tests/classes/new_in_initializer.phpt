--TEST--
new expressions in parameter defaults, static variables and attribute-free initializers
--FILE--
<?php
interface Logger { public function log($m); }
class NullLogger implements Logger { public function log($m) { echo "(dropped: $m)\n"; } }
class EchoLogger implements Logger { public function log($m) { echo "log: $m\n"; } }
class Service {
    public function __construct(private Logger $logger = new NullLogger()) {}
    public function run() { $this->logger->log("running"); }
}
(new Service)->run();
(new Service(new EchoLogger))->run();
function make(array $opts = [], $o = new ArrayObject([1, 2])) { return count($o); }
echo make(), "\n";
--EXPECT--
(dropped: running)
log: running
2
