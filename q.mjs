import pg from 'pg';
const c = new pg.Client('postgres://sangam:sangam-local@127.0.0.1:55432/sangam'); await c.connect();
if (process.argv[2] === 'vacuum') { await c.query('vacuum analyze'); console.log('vacuumed'); }
else { const r = await c.query(process.argv[2]); console.log(r.rows.map(x => Object.values(x).join(' ')).join('\n')); }
await c.end();
