--TEST--
__serialize and __unserialize control serialize()
--FILE--
<?php
class Conn {
    public $dsn;
    private $handle;
    public function __construct($dsn) { $this->dsn = $dsn; $this->handle = "handle-for-$dsn"; }
    public function __serialize(): array { return ['dsn' => $this->dsn]; }
    public function __unserialize(array $data): void { $this->dsn = $data['dsn']; $this->handle = "reopened-" . $data['dsn']; }
    public function handle() { return $this->handle; }
}
$c = new Conn("db1");
$s = serialize($c);
echo $s, "\n";
$c2 = unserialize($s);
echo $c2->dsn, " ", $c2->handle(), "\n";
class Plain { public $a = 1; protected $b = 2; private $c = 3; }
echo str_replace("\0", "~", serialize(new Plain)), "\n";
var_dump(unserialize(serialize(new Plain)) == new Plain);
--EXPECT--
O:4:"Conn":1:{s:3:"dsn";s:3:"db1";}
db1 reopened-db1
O:5:"Plain":3:{s:1:"a";i:1;s:4:"~*~b";i:2;s:8:"~Plain~c";i:3;}
bool(true)
