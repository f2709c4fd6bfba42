-- What version 20 added: Bob and Alice's agreement names her north star too.
INSERT INTO agreement_north_star (agreement_id, north_star_id)
VALUES ((SELECT id FROM agreement WHERE focus = 'Speaking at conferences'),
        (SELECT id FROM north_star WHERE title = 'Become a speaker people remember'));
