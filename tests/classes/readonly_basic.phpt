--TEST--
readonly properties are written once, from inside the class
--FILE--
<?php
class User {
    public readonly int $id;
    public function __construct(int $id, public readonly string $name) {
        $this->id = $id;
    }
    public function rename($n) { $this->name = $n; }
}
$u = new User(7, "ann");
echo $u->id, " ", $u->name, "\n";
try { $u->id = 8; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $u->rename("bob"); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($u);
--EXPECT--
7 ann
Cannot modify readonly property User::$id
Cannot modify readonly property User::$name
object(User)#1 (2) {
  ["id"]=>
  int(7)
  ["name"]=>
  string(3) "ann"
}
