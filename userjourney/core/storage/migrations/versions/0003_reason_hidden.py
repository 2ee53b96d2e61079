"""A reason can be hidden from the reason editor (issue 18: Gründe verwalten → Ausblenden);
when that last changed decides between two databases in a sync.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reason', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hidden', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('hidden_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('reason', schema=None) as batch_op:
        batch_op.drop_column('hidden_at')
        batch_op.drop_column('hidden')
